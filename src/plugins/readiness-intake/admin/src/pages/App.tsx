import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

import { PERMISSIONS } from '../permissions';
import { DashboardPage } from './DashboardPage';
import { HomePage } from './HomePage';
import { SubmissionPage } from './SubmissionPage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<HomePage />} />
      <Route path="submissions/:id" element={<SubmissionPage />} />
      <Route path="dashboard" element={<DashboardPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
