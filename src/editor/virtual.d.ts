declare module 'virtual:tracker-editor' {
  const content: import('./editor-content.ts').EditorContent;
  export default content;
}
