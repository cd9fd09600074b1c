// The one shared module with an import-time effect: imported first by every entry so zod never
// tries `new Function` (MV3's CSP forbids eval; see DESIGN.md).
import { z } from 'zod';

z.config({ jitless: true });
