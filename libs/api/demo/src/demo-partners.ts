import { FeedFormat } from '@passerelle/shared-domain';

export interface DemoPartner {
  slug: string;
  name: string;
  url: string;
  format: FeedFormat;
  /** Fixture feed under libs/api/demo/data. */
  file: string;
  /** Field mapping (JSON and CSV feeds), under libs/api/demo/data. */
  mappingFile?: string;
}

/** Three invented partner platforms, one feed format each (see data/README.md). */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    slug: 'benevolat-ensemble',
    name: 'Bénévolat Ensemble',
    url: 'https://benevolat-ensemble.example',
    format: FeedFormat.API_ENGAGEMENT_XML,
    file: 'benevolat-ensemble.xml',
  },
  {
    slug: 'entraide-locale',
    name: 'Entraide locale',
    url: 'https://entraide-locale.example',
    format: FeedFormat.JSON,
    file: 'entraide-locale.json',
    mappingFile: 'entraide-locale.mapping.json',
  },
  {
    slug: 'mairies-solidaires',
    name: 'Mairies solidaires',
    url: 'https://mairies-solidaires.example',
    format: FeedFormat.CSV,
    file: 'mairies-solidaires.csv',
    mappingFile: 'mairies-solidaires.mapping.json',
  },
];
