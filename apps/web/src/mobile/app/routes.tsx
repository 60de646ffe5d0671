import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { BootSpinner } from './boot-screens';
import { RequireLogin } from './require-login';

// Every page is its own chunk: scanning a label downloads the landing page and nothing else.
const TabLayout = lazy(() => import('./tab-layout').then((m) => ({ default: m.TabLayout })));
const QrLandingPage = lazy(() => import('../pages/qr-landing-page').then((m) => ({ default: m.QrLandingPage })));
const LoginPage = lazy(() => import('../pages/login-page').then((m) => ({ default: m.LoginPage })));
const PasswordPage = lazy(() => import('../pages/password-page').then((m) => ({ default: m.PasswordPage })));
const HomePage = lazy(() => import('../pages/home-page').then((m) => ({ default: m.HomePage })));
const ScanPage = lazy(() => import('../pages/scan-page').then((m) => ({ default: m.ScanPage })));
const ProfilePage = lazy(() => import('../pages/profile-page').then((m) => ({ default: m.ProfilePage })));
const QrLinkPage = lazy(() => import('../pages/qr-link-page').then((m) => ({ default: m.QrLinkPage })));
const RoomPage = lazy(() => import('../pages/room-page').then((m) => ({ default: m.RoomPage })));
const RepairNewPage = lazy(() => import('../pages/repair-new-page').then((m) => ({ default: m.RepairNewPage })));
const AssetCardPage = lazy(() => import('../pages/asset-card-page').then((m) => ({ default: m.AssetCardPage })));
const MyAssetChecksPage = lazy(() => import('../pages/my-asset-checks-page').then((m) => ({ default: m.MyAssetChecksPage })));
const AssetCheckPage = lazy(() => import('../pages/asset-check-page').then((m) => ({ default: m.AssetCheckPage })));
const MyStocktakesPage = lazy(() => import('../stocktakes/my-stocktakes-page').then((m) => ({ default: m.MyStocktakesPage })));
const StocktakeScanPage = lazy(() => import('../stocktakes/stocktake-scan-page').then((m) => ({ default: m.StocktakeScanPage })));
const RepairListPage = lazy(() => import('../pages/repair-list-page').then((m) => ({ default: m.RepairListPage })));
const RepairDetailPage = lazy(() => import('../pages/repair-detail-page').then((m) => ({ default: m.RepairDetailPage })));
const RepairWorkOrdersPage = lazy(() => import('../pages/repair-work-orders-page').then((m) => ({ default: m.RepairWorkOrdersPage })));
const RepairWorkOrderPage = lazy(() => import('../pages/repair-work-order-page').then((m) => ({ default: m.RepairWorkOrderPage })));
const MaintenanceChecklistPage = lazy(() => import('../pages/maintenance-checklist-page').then((m) => ({ default: m.MaintenanceChecklistPage })));
const RepairBoardPage = lazy(() => import('../pages/repair-board-page').then((m) => ({ default: m.RepairBoardPage })));
const MovementsRoutes = lazy(() => import('../movements/movements-routes').then((m) => ({ default: m.MovementsRoutes })));
const ApprovalsRoutes = lazy(() => import('../approvals/approvals-routes').then((m) => ({ default: m.ApprovalsRoutes })));
const ReportDamagePage = lazy(() => import('../asset-damages/report-damage-page').then((m) => ({ default: m.ReportDamagePage })));
const NotFoundPage = lazy(() => import('../pages/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export function AppRoutes() {
  return (
    <Suspense fallback={<BootSpinner />}>
      <Routes>
        <Route path="/q/:code" element={<QrLandingPage />} />
        <Route path="/board/:schoolCode" element={<RepairBoardPage />} />
        <Route path="/m/login" element={<LoginPage />} />
        <Route element={<RequireLogin />}>
          <Route path="/m/password" element={<PasswordPage />} />
          <Route path="/m/rooms/:id" element={<RoomPage />} />
          <Route path="/m/assets/:id" element={<AssetCardPage />} />
          <Route path="/m/asset-checks" element={<MyAssetChecksPage />} />
          <Route path="/m/asset-checks/:id" element={<AssetCheckPage />} />
          <Route path="/m/stocktakes" element={<MyStocktakesPage />} />
          <Route path="/m/movements/*" element={<MovementsRoutes />} />
          <Route path="/m/approvals/*" element={<ApprovalsRoutes />} />
          <Route path="/m/asset-damages/new" element={<ReportDamagePage />} />
          <Route path="/m/stocktakes/:id" element={<StocktakeScanPage />} />
          <Route path="/m/qr/:code/link" element={<QrLinkPage />} />
          <Route path="/m/repair/new" element={<RepairNewPage />} />
          <Route path="/m/repairs" element={<RepairListPage />} />
          <Route path="/m/repairs/:id" element={<RepairDetailPage />} />
          <Route path="/m/work-orders" element={<RepairWorkOrdersPage />} />
          <Route path="/m/work-orders/:id" element={<RepairWorkOrderPage />} />
          <Route path="/m/maintenance/:id" element={<MaintenanceChecklistPage />} />
          <Route element={<TabLayout />}>
            <Route path="/m" element={<HomePage />} />
            <Route path="/m/scan" element={<ScanPage />} />
            <Route path="/m/profile" element={<ProfilePage />} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
