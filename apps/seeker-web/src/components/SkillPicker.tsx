import { Button, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { TextField, type SeekerSkillRequest } from '@meedoen/web';
import { useSeekerT } from '../messages';
import { TaxonomySuggestions } from './TaxonomySuggestions';

export interface ChosenSkill extends SeekerSkillRequest {
  label: string;
}

const MAX_SUGGESTIONS = 8;
const LEVELS = [1, 2, 3] as const;

/** Type a few letters, pick from the suggestions, say how well you can do it. */
export function SkillPicker({ value, onChange }: { value: readonly ChosenSkill[]; onChange: (skills: ChosenSkill[]) => void }) {
  const t = useSeekerT();
  const [query, setQuery] = useState('');

  const add = (skillId: string, label: string) => {
    onChange([...value, { skillId, label, level: 1, source: 'self-declared' }]);
    setQuery('');
  };
  const setLevel = (skillId: string, level: ChosenSkill['level']) =>
    onChange(value.map((skill) => (skill.skillId === skillId ? { ...skill, level } : skill)));

  return (
    <div className="meedoen-picker">
      <TextField name="skillSearch" label={t('skills.search')} description={t('skills.searchDescription')} value={query} onChange={setQuery} autoComplete="off" />
      <TaxonomySuggestions
        resource="skills"
        query={query}
        exclude={value.map((chosen) => chosen.skillId)}
        max={MAX_SUGGESTIONS}
        onPick={(skill) => add(skill.id, skill.label)}
      />
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
