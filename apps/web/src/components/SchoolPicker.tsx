import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type ReactElement, useEffect, useState } from 'react';
import { get } from '../lib/api';
import { useSession } from '../lib/session';

interface SchoolItem { id: number; name: string; code: string }

/**
 * The school a per-school page is about. A school's own staff have theirs (undefined: the server
 * takes the account's school); a bureau account picks one of the district's, the first by default.
 * `ready` is false until a bureau account has a school to ask about.
 */
export function useSchoolChoice(): { schoolId: number | undefined; setSchoolId: (id: number) => void; ready: boolean; picker: ReactElement | null } {
  const { me } = useSession();
  const district = me.schoolId === null;
  const schools = useQuery({ queryKey: ['/schools'], queryFn: () => get<{ items: SchoolItem[] }>('/schools'), enabled: district });
  const [schoolId, setSchoolId] = useState<number | undefined>();
  const first = schools.data?.items[0]?.id;
  useEffect(() => { if (district && schoolId === undefined && first !== undefined) setSchoolId(first); }, [district, schoolId, first]);
  const picker = district ? (
    <Select<number> style={{ minWidth: 180 }} placeholder="选择学校" loading={schools.isLoading} value={schoolId} onChange={setSchoolId}
      showSearch optionFilterProp="label" notFoundContent="本区还没有学校"
      options={(schools.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))} />
  ) : null;
  return { schoolId, setSchoolId, ready: !district || schoolId !== undefined, picker };
}
