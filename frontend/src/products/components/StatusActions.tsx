import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Tooltip, Typography } from 'antd';
import { useMutation } from 'urql';
import { describeError } from '../../api/errors';
import { userErrorMessage } from '../../api/userErrors';
import { MessagesAlert } from '../../components/ErrorAlert';
import { ModalFooter } from '../../components/ModalFooter';
import type { ProductStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/useI18n';
import { ACTION_RULES, availableActions, type StatusAction } from '../actions';
import {
  productApproveMutation,
  productLaunchMutation,
  productRejectMutation,
  productResumeMutation,
  productRetireMutation,
  productSubmitMutation,
  productSuspendMutation,
  productTakeOfflineMutation,
} from '../mutations';

export interface ActionTarget {
  id: string;
  code: string;
  status: ProductStatus;
  version: number;
  submittedBy?: { id: string } | null;
  suspendedByRisk?: boolean;
}

interface Outcome {
  errors: { field?: string | null; code: string; message: string }[];
}

/** Run one status mutation; every one takes the product id and the version the user saw. */
function useStatusMutations() {
  const [submitState, submit] = useMutation(productSubmitMutation);
  const [approveState, approve] = useMutation(productApproveMutation);
  const [rejectState, reject] = useMutation(productRejectMutation);
  const [launchState, launch] = useMutation(productLaunchMutation);
  const [suspendState, suspend] = useMutation(productSuspendMutation);
  const [resumeState, resume] = useMutation(productResumeMutation);
  const [offlineState, takeOffline] = useMutation(productTakeOfflineMutation);
  const [retireState, retire] = useMutation(productRetireMutation);
  const fetching = [submitState, approveState, rejectState, launchState, suspendState, resumeState, offlineState, retireState].some(
    (s) => s.fetching,
  );
  const run = async (action: StatusAction, id: string, expectedVersion: number, text: string) => {
    const base = { id, expectedVersion };
    switch (action) {
      case 'submit': {
        const r = await submit(base);
        return { error: r.error, payload: r.data?.productSubmit as Outcome | undefined };
      }
      case 'approve': {
        const r = await approve({ ...base, note: text || null });
        return { error: r.error, payload: r.data?.productApprove as Outcome | undefined };
      }
      case 'reject': {
        const r = await reject({ ...base, reason: text });
        return { error: r.error, payload: r.data?.productReject as Outcome | undefined };
      }
      case 'launch': {
        const r = await launch(base);
        return { error: r.error, payload: r.data?.productLaunch as Outcome | undefined };
      }
      case 'suspend': {
        const r = await suspend({ ...base, reason: text });
        return { error: r.error, payload: r.data?.productSuspend as Outcome | undefined };
      }
      case 'resume': {
        const r = await resume(base);
        return { error: r.error, payload: r.data?.productResume as Outcome | undefined };
      }
      case 'takeOffline': {
        const r = await takeOffline({ ...base, reason: text });
        return { error: r.error, payload: r.data?.productTakeOffline as Outcome | undefined };
      }
      case 'retire': {
        const r = await retire(base);
        return { error: r.error, payload: r.data?.productRetire as Outcome | undefined };
      }
    }
  };
  return { run, fetching };
}

/**
 * The lifecycle buttons a user may press for this product, each behind a confirmation or a
 * reason dialog. The server re-checks permission, status, maker ≠ checker and the version.
 */
export function StatusActions({
  product,
  permissions,
  meId,
  onDone,
  onConflict,
}: {
  product: ActionTarget;
  permissions: readonly string[];
  meId?: string;
  onDone: () => void;
  onConflict: () => void;
}) {
  const { t, tr, locale } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState<StatusAction | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [form] = Form.useForm<{ text?: string }>();
  const { run, fetching } = useStatusMutations();
  const isSubmitter = !!meId && product.submittedBy?.id === meId;
  const actions = availableActions(product.status, permissions, {
    isSubmitter,
    suspendedByRisk: !!product.suspendedByRisk,
  });
  if (actions.length === 0) return null;

  const label = (action: StatusAction) => t(`product.action.${action}`);
  const close = () => {
    setOpen(null);
    setGeneral([]);
    form.resetFields();
  };
  const confirm = async () => {
    if (!open) return;
    const rule = ACTION_RULES[open];
    const values = rule.needsReason ? await form.validateFields() : form.getFieldsValue();
    setGeneral([]);
    const outcome = await run(open, product.id, product.version, (values.text ?? '').trim());
    if (outcome.error) {
      setGeneral([describeError(outcome.error, t).message]);
      return;
    }
    const errors = outcome.payload?.errors ?? [];
    if (errors.length > 0) {
      if (errors.some((e) => e.code === 'CONFLICT')) onConflict();
      setGeneral(errors.map((e) => userErrorMessage(e, locale, tr)));
      return;
    }
    message.success(t('product.action.done', { action: label(open) }));
    close();
    onDone();
  };

  const rule = open ? ACTION_RULES[open] : null;
  return (
    <>
      <Space wrap data-testid="product-actions">
        {actions.map(({ action, disabledReason }) => (
          <Tooltip key={action} title={disabledReason ? t(disabledReason) : undefined}>
            <Button
              type={ACTION_RULES[action].danger ? 'default' : 'primary'}
              danger={ACTION_RULES[action].danger}
              disabled={!!disabledReason}
              onClick={() => setOpen(action)}
              data-testid={`product-action-${action}`}
            >
              {label(action)}
            </Button>
          </Tooltip>
        ))}
      </Space>
      <Modal
        open={!!open}
        title={open ? label(open) : ''}
        onCancel={close}
        destroyOnHidden
        footer={
          <ModalFooter onCancel={close} onOk={confirm} okText={t('common.confirm')} loading={fetching} testId="product-action-confirm" />
        }
        data-testid="product-action-modal"
      >
        <MessagesAlert messages={general} />
        {open && (
          <Typography.Paragraph>{t('product.action.confirm', { action: label(open), code: product.code })}</Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" name="product-action">
          {rule?.needsReason && (
            <Form.Item name="text" label={t('product.action.reason')} rules={[{ required: true, whitespace: true, message: t('product.v.reasonRequired') }]}>
              <Input.TextArea rows={3} data-testid="product-action-reason" />
            </Form.Item>
          )}
          {open === 'approve' && (
            <Form.Item name="text" label={t('product.action.note')}>
              <Input.TextArea rows={2} data-testid="product-action-note" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
