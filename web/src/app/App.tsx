import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, useLocation } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth';
import { ChangePasswordPage } from './ChangePassword';
import { ConsoleLayout } from './Layout';
import { PublicArea } from './PublicArea';
import { ReauthModal, SignInPage } from './SignIn';

dayjs.locale('zh-cn');

// Whoever asks the system for less motion (an accessibility setting) gets no animations.
const reducedMotion = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function Gate() {
  const { session } = useAuth();
  const { pathname } = useLocation();
  // What the center publishes is read without an account.
  if (pathname === '/public' || pathname.startsWith('/public/')) return <PublicArea />;
  // The URL is kept while signing in: after sign-in the requested screen opens.
  if (!session) return <SignInPage />;
  if (session.mustChangePassword) return <ChangePasswordPage />;
  return (
    <>
      <ConsoleLayout />
      <ReauthModal />
    </>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { motion: !reducedMotion } }}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <Gate />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
