import type { AppContext } from '../../lib/context.ts';
import type { Principal } from '../../lib/principal.ts';
import { createCampaign } from '../practice/campaign-service.ts';

/**
 * The demo edition's practice campaign, as a draft with the default cadence (Monday,
 * Wednesday and Friday at 08:30, an entry check of 12): staff find it under the edition's
 * "Oefenen" tab with its schedule preview, and can start it there. Created through the
 * practice service, so it is audited like one made by hand.
 */
export async function seedDemoPractice(ctx: AppContext, staff: Principal, editionId: string): Promise<void> {
  await createCampaign(ctx, staff, editionId, {});
}
