import { Button, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { TextField, useApiQuery, useLanguage, type SeekerSkillRequest, type SkillListResponse } from '@meedoen/web';
import { useSeekerT } from '../messages';

export interface ChosenSkill extends SeekerSkillRequest {
  label: string;
}

const MAX_SUGGESTIONS = 8;
const LEVELS = [1, 2, 3] as const;

/**
 * Type a few letters, pick from the suggestions, say how well you can do it. Suggestions are buttons
 * (no custom combobox), and their number is announced, so it works by keyboard and with a screen reader.
 */
export function SkillPicker({ value, onChange }: { value: readonly ChosenSkill[]; onChange: (skills: ChosenSkill[]) => void }) {
  const t = useSeekerT();
  const { language } = useLanguage();
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const found = useApiQuery<SkillListResponse>(trimmed.length >= 2 ? `/skills?q=${encodeURIComponent(trimmed)}&language=${language}` : null);
  const suggestions =
    found.status === 'success' ? found.data.items.filter((skill) => !value.some((chosen) => chosen.skillId === skill.id)).slice(0, MAX_SUGGESTIONS) : [];

  const add = (skillId: string, label: string) => {
    onChange([...value, { skillId, label, level: 1, source: 'self-declared' }]);
    setQuery('');
  };
  const setLevel = (skillId: string, level: ChosenSkill['level']) =>
    onChange(value.map((skill) => (skill.skillId === skillId ? { ...skill, level } : skill)));

  return (
    <div className="meedoen-picker">
      <TextField name="skillSearch" label={t('skills.search')} description={t('skills.searchDescription')} value={query} onChange={setQuery} autoComplete="off" />
      <div aria-live="polite" className="meedoen-picker__results">
        {trimmed.length >= 2 && found.status === 'success' && (
          <>
            <Paragraph>{suggestions.length === 0 ? t('skills.noneFound') : t('skills.found', { count: suggestions.length })}</Paragraph>
            <ul className="meedoen-plain-list">
              {suggestions.map((skill) => (
                <li key={skill.id}>
                  <Button appearance="secondary-action-button" onClick={() => add(skill.id, skill.label)}>
                    {t('skills.add', { skill: skill.label })}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <h2 className="utrecht-heading-2">{t('skills.chosenTitle')}</h2>
      {value.length === 0 ? (
        <Paragraph>{t('skills.noneChosen')}</Paragraph>
      ) : (
        <ul className="meedoen-plain-list">
          {value.map((skill) => (
            <li key={skill.skillId} className="meedoen-chosen">
              <span className="meedoen-chosen__label">{skill.label}</span>
              <label className="meedoen-chosen__level">
                <span className="meedoen-visually-hidden">{t('skills.levelOf', { skill: skill.label })}</span>
                <Select value={String(skill.level)} onChange={(event) => setLevel(skill.skillId, Number(event.target.value) as ChosenSkill['level'])}>
                  {LEVELS.map((level) => (
                    <SelectOption key={level} value={String(level)}>
                      {t(`skills.level${level}`)}
                    </SelectOption>
                  ))}
                </Select>
              </label>
              <Button appearance="subtle-button" onClick={() => onChange(value.filter((other) => other.skillId !== skill.skillId))}>
                {t('skills.remove', { skill: skill.label })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
