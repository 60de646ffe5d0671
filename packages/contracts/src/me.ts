/** GET /api/v1/auth/me: who is signed in, shared by the admin shell and the phone pages. */
export interface Me {
  id: number;
  name: string;
  staffNo: string;
  phone: string | null;
  schoolId: number | null;
  schoolName: string | null;
  schoolTimezone: string;
  departmentName: string | null;
  roles: string[];
  roleLabels: string[];
  permissions: string[];
  dataScope: string;
  mustChangePassword: boolean;
  csrfToken: string;
  unreadNotifications: number;
}
