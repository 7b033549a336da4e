import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('Commune', {
  description:
    'A French commune, from La Poste’s postal code table (Base officielle des codes postaux).',
})
export class CommuneObject {
  @Field({ description: 'INSEE commune code (`69383`, `2A004`).' })
  inseeCode!: string;

  @Field({ description: 'Official name (“Lyon 3e Arrondissement”).' })
  name!: string;

  @Field(() => [String], { description: 'Every postal code serving it, sorted.' })
  postalCodes!: string[];

  @Field({ description: 'INSEE department code (`69`, `2A`, `971`).' })
  departmentCode!: string;

  @Field({ description: 'Name of the department (“Rhône”).' })
  departmentName!: string;

  @Field(() => Float, { nullable: true, description: 'Centroid latitude, WGS 84.' })
  lat!: number | null;

  @Field(() => Float, { nullable: true, description: 'Centroid longitude, WGS 84.' })
  lon!: number | null;

  @Field({
    description:
      'What to show in a list of choices: “Lyon 3e Arrondissement (69003)”, with the postal code that matched the query.',
  })
  label!: string;
}
