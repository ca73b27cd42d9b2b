// The relation rules. Each declares what it reads and produces (trips frames
// that attendance, visits, meetings and locations read; locations reads
// VISITED); orderPasses runs every rule after those it reads from, keeping
// this listed order where it is free, and refuses a missing producer or a
// cycle when this module loads.
import type { RelationRule } from './rule';
import { orderPasses } from '../pipeline';
import { trips } from './trips';
import { positions } from './positions';
import { attendance } from './attendance';
import { visits } from './visits';
import { meetings } from './meetings';
import { signings } from './signings';
import { locations } from './locations';
import { investments } from './investments';

export const RELATION_RULES: readonly RelationRule[] = orderPasses([trips, positions, attendance, visits, meetings, signings, locations, investments]);
