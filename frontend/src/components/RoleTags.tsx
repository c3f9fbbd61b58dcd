import { Space, Tag } from 'antd';
import { useI18n } from '../i18n/useI18n';

const ROLE_COLORS: Record<string, string> = {
  ADMIN: 'red',
  PRODUCT_MANAGER: 'blue',
  RISK_OFFICER: 'volcano',
  MARKETING: 'magenta',
  SALES: 'green',
  SERVICE_AGENT: 'cyan',
  ANALYST: 'geekblue',
  AUDITOR: 'purple',
};

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { tr } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]}>
          {tr(`role.${role}`, role)}
        </Tag>
      ))}
    </Space>
  );
}

export function PermissionTags({ permissions }: { permissions: readonly string[] }) {
  const { tr } = useI18n();
  return (
    <Space size={[0, 4]} wrap>
      {[...permissions].sort().map((permission) => (
        <Tag key={permission} title={permission}>
          {tr(`perm.${permission}`, permission)}
          <span style={{ opacity: 0.55, marginInlineStart: 4, fontSize: 11 }}>{permission}</span>
        </Tag>
      ))}
    </Space>
  );
}
