import { Route, Routes } from 'react-router';
import { MovementConfirmPage } from './movement-confirm-page';
import { MyMovementsPage } from './my-movements-page';
import './movements.css';

/** /m/movements (待我确认) and /m/movements/:id (one document), mounted by one line in app/routes.tsx. */
export function MovementsRoutes() {
  return (
    <Routes>
      <Route index element={<MyMovementsPage />} />
      <Route path=":id" element={<MovementConfirmPage />} />
    </Routes>
  );
}
