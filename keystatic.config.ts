// Keystatic's configuration for `npm run edit` (local mode). Generated from the zod schemas and the
// content that exists when the editor starts; see src/editor/config.ts. Not used by `npm run build`.
import content from 'virtual:tracker-editor';
import { editorConfig } from './src/editor/config.ts';

export default editorConfig(content);
