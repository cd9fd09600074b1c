// The layouts and UI languages this fixture serves (see README.md).
import type { FixtureForms } from '../forms';

export const forms: FixtureForms = { layouts: ['current'], languages: ['en'] };
