import { Transform } from 'class-transformer';

/** Query strings carry text: 'true'/'false' become booleans, anything else stays as given so validation names it. */
export const ToBoolean = () =>
  Transform(({ value }: { value: unknown }) => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return value;
  });
