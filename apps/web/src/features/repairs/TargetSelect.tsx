import { Select, type SelectProps } from 'antd';
import { type Target, useTeams, useTechnicians } from './repairs-api';

/** "u:12" is a technician, "t:3" a team: one select for both, since the server takes either. */
export function targetOf(value: string | undefined): Target {
  if (!value) return {};
  const [kind, id] = value.split(':');
  return kind === 't' ? { teamId: Number(id) } : { assigneeId: Number(id) };
}

/** Technicians with their open workload (so the dispatcher can balance), then teams. */
export function TargetSelect(props: Omit<SelectProps<string>, 'options'>) {
  const techs = useTechnicians();
  const teams = useTeams();
  return (
    <Select<string>
      showSearch
      optionFilterProp="label"
      placeholder="选择维修工或班组"
      loading={techs.isLoading || teams.isLoading}
      notFoundContent="没有维修工：请先在“用户”里给维修人员分配维修工角色"
      options={[
        { label: '维修工', options: (techs.data ?? []).map((t) => ({ value: `u:${t.id}`, label: `${t.name}（在办 ${t.openCount}${t.teams.length ? ` · ${t.teams.map((x) => x.name).join('、')}` : ''}）` })) },
        { label: '班组（组内任一人可接单）', options: (teams.data ?? []).filter((t) => t.active).map((t) => ({ value: `t:${t.id}`, label: `${t.name}（${t.members.length} 人）` })) },
      ].filter((group) => group.options.length > 0)}
      {...props}
    />
  );
}
