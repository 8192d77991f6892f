// Public API of src/session: the in-memory editing session behind `decoupage serve`.
export { EditorSession, EditError, type SessionInit, type SectionFigures, type SectionProblem, type PlanVerdict, type SessionUpdate } from './session.js';
export { EDIT_MESSAGES, editMessage, type EditErrorCode, type EditParams } from './messages.js';
