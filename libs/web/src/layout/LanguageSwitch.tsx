import { Button } from '@utrecht/component-library-react';
import { useAuth } from '../auth/AuthProvider';
import { useLanguage, useT, type Language } from '../i18n';

/**
 * One button that offers the other language, labelled in that language ("English" / "Nederlands"),
 * so someone who cannot read the current one can still find it.
 */
export function LanguageSwitch() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { user, saveLanguage } = useAuth();
  const otherLanguage: Language = language === 'nl' ? 'en' : 'nl';

  const switchLanguage = () => {
    setLanguage(otherLanguage);
    // The screen switches right away; when saving to the profile fails, only the next visit starts in the old language.
    if (user) saveLanguage(otherLanguage).catch(() => undefined);
  };

  return (
    <Button appearance="subtle-button" className="meedoen-language-switch" lang={otherLanguage} onClick={switchLanguage}>
      {t('language.switch')}
    </Button>
  );
}
