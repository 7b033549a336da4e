import { Field, ObjectType } from '@nestjs/graphql';
import type { ItemProblem } from '@passerelle/api-db';

@ObjectType('FieldError', {
  description: 'A problem of one item, at a field path: a stable code and a French message.',
})
export class FieldErrorObject {
  @Field({ description: 'Path of the field in the item, e.g. "addresses[0].postalCode".' })
  path!: string;

  @Field({ description: 'Stable code, e.g. "TITLE_MISSING".' })
  code!: string;

  @Field({ description: 'French message.' })
  message!: string;
}

export function toFieldErrorObject({ path, code, message }: ItemProblem): FieldErrorObject {
  return { path, code, message };
}
