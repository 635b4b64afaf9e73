declare module 'virtual:tracker-editor' {
  const content: import('./editor-content.ts').EditorContent;
  export default content;
}

declare module 'virtual:keystatic-config' {
  const config: import('@keystatic/core').Config;
  export default config;
}

declare module 'virtual:tracker-editor-storage' {
  const storage: import('./storage.ts').EditorStorage;
  export default storage;
}
