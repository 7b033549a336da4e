import { Field, InputType } from '@nestjs/graphql';

@InputType('CreatePartnerInput')
export class CreatePartnerInput {
  @Field({
    description:
      'Stable public identifier: lowercase letters and digits, words joined by single hyphens (e.g. "je-veux-aider").',
  })
  slug!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Home page (http or https).' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}
