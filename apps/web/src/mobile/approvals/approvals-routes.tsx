import { Route, Routes } from 'react-router';
import { ApprovalsPage } from './approvals-page';
import { DisposalApprovalPage } from './disposal-approval-page';
import { MovementApprovalPage } from './movement-approval-page';

/** /m/approvals (待我审批) and one request each, mounted by one line in app/routes.tsx. */
export function ApprovalsRoutes() {
  return (
    <Routes>
      <Route index element={<ApprovalsPage />} />
      <Route path="disposals/:id" element={<DisposalApprovalPage />} />
      <Route path="movements/:id" element={<MovementApprovalPage />} />
    </Routes>
  );
}
