import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useApiQuery, useLanguage, type SkillsGapResponse } from '@meedoen/web';
import { useSeekerT } from '../messages';

const SHOWN = 3;

/** "Nog leren": the few skills that would open the most places for you, to talk about with your caseworker. */
export function SkillsToLearn() {
  const t = useSeekerT();
  const { language } = useLanguage();
  const gap = useApiQuery<SkillsGapResponse>(`/seekers/me/skills-gap?language=${language}`);
  // Only a helpful extra: while loading, on an error or without suggestions the section is left out.
  if (gap.status !== 'success' || gap.data.items.length === 0) return null;
  return (
    <section aria-labelledby="learn-heading">
      <Heading level={2} id="learn-heading">
        {t('forYou.learnTitle')}
      </Heading>
      <Paragraph>{t('forYou.learnIntro')}</Paragraph>
      <UnorderedList>
        {gap.data.items.slice(0, SHOWN).map((skill) => (
          <UnorderedListItem key={skill.skillId}>{t('forYou.learnItem', { skill: skill.label, count: skill.opensVacancies })}</UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
