// decoupage/serve: The plan editor: the in-memory session, the local HTTP server and its application state.

/** A plan edited move by move in memory: figures and verdicts of the touched sections updated incrementally, undo/redo. */
export { EditorSession, EditError, type SessionInit, type SectionFigures, type PlanVerdict, type SessionUpdate } from '../session/session.js';
/** The local plan editor (`decoupage serve`): the HTTP server and its application state. */
export { startEditorServer, type ServeOptions, type RunningServer } from '../serve/http.js';
export { EditorApp, type EditorConfig } from '../serve/editor.js';
