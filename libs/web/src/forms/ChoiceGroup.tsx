import { Fieldset, FieldsetLegend, FormField, FormLabel } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useFieldIds } from './field-ids';
import { FieldDescription, FieldError, OptionalMark, type FieldBaseProps } from './FieldParts';
import type { FieldOption } from './SelectField';

interface ChoiceGroupProps extends FieldBaseProps {
  type: 'checkbox' | 'radio';
  options: readonly FieldOption[];
  /** Draws one option's input; gets the id its label points to and the ids that describe the group. */
  renderInput: (option: FieldOption, inputId: string, describedBy: string | undefined) => ReactNode;
}

/** A fieldset with a legend, hint and error, and one labelled input per option: the base of checkbox and radio groups. */
export function ChoiceGroup({ type, label, description, error, required, options, renderInput }: ChoiceGroupProps) {
  const ids = useFieldIds({ hasDescription: Boolean(description), hasError: Boolean(error) });
  return (
    <Fieldset
      invalid={Boolean(error)}
      required={type === 'radio' ? required : undefined}
      role={type === 'radio' ? 'radiogroup' : undefined}
      aria-describedby={ids.describedBy}
    >
      <FieldsetLegend>
        {label}
        {!required && <OptionalMark />}
      </FieldsetLegend>
      <FieldDescription id={ids.descriptionId}>{description}</FieldDescription>
      <FieldError id={ids.errorId}>{error}</FieldError>
      {options.map((option, index) => {
        const inputId = `${ids.inputId}-${index}`;
        return (
          <FormField
            key={option.value}
            type={type}
            input={renderInput(option, inputId, ids.describedBy)}
            label={
              <FormLabel htmlFor={inputId} type={type}>
                {option.label}
              </FormLabel>
            }
          />
        );
      })}
    </Fieldset>
  );
}
