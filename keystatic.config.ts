// Keystatic's configuration for `npm run edit`. Generated from the zod schemas and the content that
// exists when the editor starts (src/editor/config.ts); it saves to this copy's files (local mode), or
// to a GitHub repository when KEYSTATIC_GITHUB_REPO names one (src/editor/storage.ts). Not used by
// `npm run build`.
import content from 'virtual:tracker-editor';
import storage from 'virtual:tracker-editor-storage';
import { editorConfig } from './src/editor/config.ts';
import { withStorage } from './src/editor/with-storage.ts';

export default withStorage(editorConfig(content), storage);
