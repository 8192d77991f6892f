// Public API of src/serve: the plan editor behind `decoupage serve` (its HTTP API is documented in the README).
export { EditorApp, autosavePath, type EditorConfig, type Download } from './editor.js';
export { startEditorServer, PAGE_DIR, MAX_BODY_BYTES, TOKEN_HEADER, type ServeOptions, type RunningServer } from './http.js';
export type { JobStatus, JobState } from './jobs.js';
