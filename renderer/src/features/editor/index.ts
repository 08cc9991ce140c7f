// The rich-text editor journal entries and meeting notes are written in.
export { RichTextEditor } from './RichTextEditor';
