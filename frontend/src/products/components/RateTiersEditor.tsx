import { useEffect, useState } from 'react';
import { Button, Checkbox, Form, InputNumber, Popover, Radio, Space, Tooltip, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, ScissorOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/useI18n';
import { bandOf, buildGrid, isSingle, termBandOf, type Band } from '../bands';
import { DEPOSIT_TERMS_MONTHS } from '../enums';
import { amountBandText } from '../describe';
import { addRow, mergeAmount, moveAmount, nextTerm, removeRow, setRowBand, splitAmount, toggleUnit } from '../gridOps';
import { NOTICE_DAYS } from '../productForm';
import type { RateTierValues } from '../validation';
import { ANCHOR_ITEM, DecimalInput, ErrorAnchor, IntInput, RateInput, TermsItem } from './fields';

type Path = (string | number)[];
type Translate = ReturnType<typeof useI18n>['t'];

/** "¥0–50,000" or "¥50,000 起" for an amount band [lower, upper). */
function amountBandLabel(t: Translate, lower: number, upper: number | null, currency?: string) {
  return amountBandText(t as unknown as Parameters<typeof amountBandText>[0], { unit: 'AMOUNT', lower, upper }, currency);
}

/** A number input that commits on blur or Enter (so a boundary is not moved at every keystroke). */
function CommitNumber({
  value,
  onCommit,
  placeholder,
  width = 110,
  testId,
  integer,
}: {
  value: number | null | undefined;
  onCommit: (v: number | null) => void;
  placeholder?: string;
  width?: number;
  testId?: string;
  integer?: boolean;
}) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  useEffect(() => setDraft(value ?? null), [value]);
  const commit = () => {
    if (draft !== (value ?? null)) onCommit(draft);
  };
  return (
    <InputNumber<number>
      size="small"
      min={0}
      precision={integer ? 0 : undefined}
      value={draft}
      placeholder={placeholder}
      onChange={(v) => setDraft(v ?? null)}
      onBlur={commit}
      onPressEnter={commit}
      style={{ width }}
      data-testid={testId}
    />
  );
}

function TermBandEditor({
  band,
  unit,
  onChange,
  testId,
}: {
  band: Band | undefined;
  unit: 'TERM_MONTHS' | 'TERM_DAYS';
  onChange: (band: { unit: string; lower: string; upper: string | null }) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const single = !band || isSingle(band);
  const lower = band?.lower ?? 1;
  const emit = (low: number | null, up: number | null, asSingle: boolean) =>
    onChange({ unit, lower: String(low ?? 0), upper: asSingle ? String(low ?? 0) : up === null ? null : String(up) });
  return (
    <Space direction="vertical" size={2}>
      <Radio.Group
        size="small"
        value={single ? 'single' : 'range'}
        onChange={(e) => emit(lower, e.target.value === 'single' ? lower : null, e.target.value === 'single')}
        options={[
          { value: 'single', label: t('product.grid.single') },
          { value: 'range', label: t('product.grid.range') },
        ]}
        optionType="button"
      />
      <Space size={4}>
        <CommitNumber value={lower} integer width={70} onCommit={(v) => emit(v, single ? v : (band?.upper ?? null), single)} testId={`${testId}-lower`} />
        {!single && (
          <>
            <span>–</span>
            <CommitNumber
              value={band?.upper ?? null}
              integer
              width={70}
              placeholder={t('product.grid.noLimit')}
              onCommit={(v) => emit(lower, v, false)}
              testId={`${testId}-upper`}
            />
          </>
        )}
        <span>{t(unit === 'TERM_DAYS' ? 'product.grid.days' : 'product.grid.months')}</span>
      </Space>
    </Space>
  );
}

function SplitButton({ onSplit }: { onSplit: (at: number) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<number | null>(null);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('product.grid.splitTitle')}
      content={
        <Space>
          <InputNumber<number> min={0} value={at} onChange={(v) => setAt(v ?? null)} prefix="¥" style={{ width: 150 }} data-testid="grid-split-at" />
          <Button
            type="primary"
            size="small"
            disabled={at === null || at <= 0}
            onClick={() => {
              if (at !== null) onSplit(at);
              setOpen(false);
              setAt(null);
            }}
            data-testid="grid-split-ok"
          >
            {t('common.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="dashed" icon={<ScissorOutlined />} data-testid="grid-add-amount">
        {t('product.grid.addAmount')}
      </Button>
    </Popover>
  );
}

const cell: React.CSSProperties = { border: '1px solid #f0f0f0', padding: 6, verticalAlign: 'top' };

/**
 * The rate grid of a deposit: terms as rows × amount bands as columns, one rate per cell. The form
 * holds the API's flat list of tiers (`rateTiers`), so server errors on `rateTiers.i.*` land on
 * the cell; rows and columns are edited across the tiers they span.
 */
export function DepositRateGrid({ prefix, termUnit, currency }: { prefix: Path; termUnit?: 'TERM_MONTHS' | 'TERM_DAYS'; currency?: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const name = [...prefix, 'rateTiers'];
  const tiers = (Form.useWatch(name, { form, preserve: true }) as RateTierValues[] | undefined) ?? [];
  const set = (next: RateTierValues[]) => form.setFieldValue(name, next);
  const grid = buildGrid(tiers, (tier) => termBandOf(tier.bands));
  const columns = grid.columns.length ? grid.columns : [0];
  const candidates = termUnit === 'TERM_DAYS' ? NOTICE_DAYS : DEPOSIT_TERMS_MONTHS;
  return (
    <div data-testid="terms-deposit-rateGrid" style={{ overflowX: 'auto', marginBottom: 8 }}>
      <table style={{ borderCollapse: 'collapse', minWidth: '100%' }}>
        <thead>
          <tr style={{ background: '#fafafa' }}>
            <th style={cell}>{termUnit ? t('product.grid.termAmount') : t('product.grid.amount')}</th>
            {columns.map((lower, j) => {
              const upper = j + 1 < columns.length ? columns[j + 1] : grid.end;
              return (
                <th style={cell} key={lower} data-testid={`grid-col-${j}`}>
                  <div>{amountBandLabel(t, lower, upper, currency)}</div>
                  <Space size={4} style={{ marginTop: 4, fontWeight: 'normal' }}>
                    <Tooltip title={t('product.grid.bandStart')}>
                      <span>
                        <CommitNumber value={lower} onCommit={(v) => v !== null && set(moveAmount(tiers, lower, v))} testId={`grid-col-${j}-lower`} />
                      </span>
                    </Tooltip>
                    {j > 0 && (
                      <Tooltip title={t('product.grid.mergeAmount')}>
                        <Button size="small" type="text" icon={<DeleteOutlined />} onClick={() => set(mergeAmount(tiers, lower))} data-testid={`grid-col-${j}-merge`} />
                      </Tooltip>
                    )}
                  </Space>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={r} data-testid={`grid-row-${r}`}>
              <th style={{ ...cell, background: '#fafafa', textAlign: 'left', whiteSpace: 'nowrap' }}>
                {termUnit ? (
                  <Space align="start">
                    <TermBandEditor band={row.band} unit={termUnit} onChange={(band) => set(setRowBand(tiers, row.band, band))} testId={`grid-row-${r}-term`} />
                    <Tooltip title={t('product.grid.removeRow')}>
                      <Button size="small" type="text" icon={<DeleteOutlined />} onClick={() => set(removeRow(tiers, row.band))} data-testid={`grid-row-${r}-remove`} />
                    </Tooltip>
                  </Space>
                ) : (
                  t('product.grid.demandRow')
                )}
              </th>
              {row.cells.map((c) => (
                <td key={c.index} colSpan={c.span} style={cell}>
                  <TermsItem name={[...name, c.index, 'rate']} path={['rateTiers', c.index, 'rate']} style={{ marginBottom: 0 }}>
                    <RateInput size="small" style={{ width: 120 }} data-testid={`terms-deposit-rateTiers-${c.index}-rate`} />
                  </TermsItem>
                  <TermsItem name={[...name, c.index, 'bands']} path={['rateTiers', c.index, 'bands']} {...ANCHOR_ITEM}>
                    <ErrorAnchor />
                  </TermsItem>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <TermsItem name={name} path={['rateTiers']} {...ANCHOR_ITEM}>
        <ErrorAnchor />
      </TermsItem>
      <Space style={{ marginTop: 8 }}>
        {termUnit && (
          <Button
            size="small"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => {
              const n = nextTerm(tiers, candidates);
              set(addRow(tiers, { unit: termUnit, lower: String(n), upper: String(n) }));
            }}
            data-testid="grid-add-term"
          >
            {t('product.grid.addTerm')}
          </Button>
        )}
        <SplitButton onSplit={(at) => set(splitAmount(tiers, at))} />
        <Typography.Text type="secondary">{t('product.grid.hint')}</Typography.Text>
      </Space>
    </div>
  );
}

const LOAN_UNITS = ['AMOUNT', 'TERM_MONTHS', 'LTV_PERCENT'] as const;

/**
 * A loan's rate tiers: which dimensions are banded (amount, term, LTV for secured loans), then one
 * line per tier with its bands and a fixed rate or a spread over the LPR (optionally a priced range).
 */
export function LoanRateTiers({ prefix, spread, secured }: { prefix: Path; spread: boolean; secured: boolean }) {
  const { t, tr } = useI18n();
  const form = Form.useFormInstance();
  const name = [...prefix, 'rateTiers'];
  const tiers = (Form.useWatch(name, { form, preserve: true }) as RateTierValues[] | undefined) ?? [];
  const set = (next: RateTierValues[]) => form.setFieldValue(name, next);
  const units = LOAN_UNITS.filter((u) => u !== 'LTV_PERCENT' || secured);
  const used = units.filter((u) => tiers.some((tier) => (tier.bands ?? []).some((b) => b?.unit === u)));
  const startOf = (unit: string) =>
    unit === 'AMOUNT'
      ? String(form.getFieldValue([...prefix, 'amountMin']) ?? '0')
      : unit === 'TERM_MONTHS'
        ? String(form.getFieldValue([...prefix, 'termMonthsMin']) ?? '1')
        : '0';
  const unitLabel = (u: string) => tr(`product.tierUnit.${u}`, u);
  return (
    <div data-testid="terms-loan-rateTiers" style={{ marginBottom: 8 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('product.grid.bandBy')}</Typography.Text>
        {units.map((u) => (
          <Checkbox
            key={u}
            checked={used.includes(u)}
            onChange={(e) => set(toggleUnit(tiers, u, e.target.checked, startOf(u)))}
            data-testid={`loan-band-${u}`}
          >
            {unitLabel(u)}
          </Checkbox>
        ))}
      </Space>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr style={{ background: '#fafafa' }}>
            {used.map((u) => (
              <th style={cell} key={u}>
                {unitLabel(u)}
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 4 }}>
                  {t('product.grid.fromTo')}
                </Typography.Text>
              </th>
            ))}
            <th style={cell}>{spread ? t('product.grid.spread') : t('product.grid.rate')}</th>
            <th style={cell}>{spread ? t('product.grid.spreadMax') : t('product.grid.rateMax')}</th>
            <th style={cell} />
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i} data-testid={`loan-tier-${i}`}>
              {used.map((u) => {
                const j = (tier.bands ?? []).findIndex((b) => b?.unit === u);
                const Input = u === 'TERM_MONTHS' ? IntInput : DecimalInput;
                return (
                  <td style={cell} key={u}>
                    {j >= 0 ? (
                      <Space size={4}>
                        <TermsItem name={[...name, i, 'bands', j, 'lower']} path={['rateTiers', i, 'bands', j, 'lower']} style={{ marginBottom: 0 }}>
                          <Input size="small" min={0 as never} style={{ width: 100 }} />
                        </TermsItem>
                        <span>–</span>
                        <TermsItem name={[...name, i, 'bands', j, 'upper']} path={['rateTiers', i, 'bands', j, 'upper']} style={{ marginBottom: 0 }}>
                          <Input size="small" min={0 as never} style={{ width: 100 }} placeholder={t('product.grid.noLimit')} />
                        </TermsItem>
                      </Space>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
              <td style={cell}>
                {spread ? (
                  <TermsItem name={[...name, i, 'spreadBps']} path={['rateTiers', i, 'spreadBps']} style={{ marginBottom: 0 }}>
                    <IntInput size="small" suffix="bp" style={{ width: 110 }} data-testid={`terms-loan-rateTiers-${i}-spreadBps`} />
                  </TermsItem>
                ) : (
                  <TermsItem name={[...name, i, 'rate']} path={['rateTiers', i, 'rate']} style={{ marginBottom: 0 }}>
                    <RateInput size="small" style={{ width: 110 }} data-testid={`terms-loan-rateTiers-${i}-rate`} />
                  </TermsItem>
                )}
                <TermsItem name={[...name, i, 'bands']} path={['rateTiers', i, 'bands']} {...ANCHOR_ITEM}>
                  <ErrorAnchor />
                </TermsItem>
              </td>
              <td style={cell}>
                {spread ? (
                  <TermsItem name={[...name, i, 'spreadBpsMax']} path={['rateTiers', i, 'spreadBpsMax']} style={{ marginBottom: 0 }}>
                    <IntInput size="small" suffix="bp" style={{ width: 110 }} placeholder={t('product.grid.optional')} />
                  </TermsItem>
                ) : (
                  <TermsItem name={[...name, i, 'rateMax']} path={['rateTiers', i, 'rateMax']} style={{ marginBottom: 0 }}>
                    <RateInput size="small" style={{ width: 110 }} placeholder={t('product.grid.optional')} />
                  </TermsItem>
                )}
              </td>
              <td style={cell}>
                <Button
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  disabled={tiers.length <= 1}
                  onClick={() => set(tiers.filter((_, k) => k !== i))}
                  aria-label={t('product.common.delete')}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <TermsItem name={name} path={['rateTiers']} {...ANCHOR_ITEM}>
        <ErrorAnchor />
      </TermsItem>
      <Button
        size="small"
        type="dashed"
        icon={<PlusOutlined />}
        style={{ marginTop: 8 }}
        onClick={() => {
          const last = tiers[tiers.length - 1];
          const bands = (last?.bands ?? []).map((b) => {
            const band = bandOf([b], b?.unit ?? '');
            // the new tier starts where the last one ends
            return band && band.upper !== null ? { unit: b!.unit, lower: String(band.upper), upper: null } : { ...b };
          });
          set([...tiers, { bands, rate: undefined, spreadBps: null }]);
        }}
        data-testid="loan-tier-add"
      >
        {t('product.grid.addTier')}
      </Button>
    </div>
  );
}
