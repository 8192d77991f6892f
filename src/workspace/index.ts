// Folder index of src/workspace: the in-memory entry point.
export { Workspace, type WorkspaceOptions } from './workspace.js';
