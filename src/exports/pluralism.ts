// decoupage/pluralism: Vote scenarios and the comparison of plans by their list-vote outcome.

/** Read a vote scenario (shares per list, overall or per zone); defaultScenario when there is none. */
export { readVotes, defaultScenario } from '../pluralism/votes.js';
/** Compare the list vote under several plans (e.g. départements against the proposed plan). */
export { comparePlans } from '../pluralism/plan.js';
