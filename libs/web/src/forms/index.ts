export { TextField, type TextFieldProps } from './TextField';
export { TextareaField, type TextareaFieldProps } from './TextareaField';
export { SelectField, type SelectFieldProps, type FieldOption } from './SelectField';
export { CheckboxGroupField, type CheckboxGroupFieldProps } from './CheckboxGroupField';
export { RadioGroupField, type RadioGroupFieldProps } from './RadioGroupField';
export type { FieldBaseProps } from './FieldParts';
export { useFieldIds, describedByIds, type FieldIds } from './field-ids';
