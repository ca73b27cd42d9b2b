// The relation rules, in the order they run. Trips come first: they set the
// frames (leader, destinations, sentences covered) that attendance, visits,
// meetings and locations read through view.tripAt. Positions and signings
// need only mentions. Locations run after signings and trips so a project
// placed by its own sentence keeps that place; investments last, over the
// whole document.
import type { RelationRule } from './rule';
import { trips } from './trips';
import { positions } from './positions';
import { attendance } from './attendance';
import { visits } from './visits';
import { meetings } from './meetings';
import { signings } from './signings';
import { locations } from './locations';
import { investments } from './investments';

export const RELATION_RULES: readonly RelationRule[] = [trips, positions, attendance, visits, meetings, signings, locations, investments];
