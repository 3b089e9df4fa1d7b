/** Limits on claim attachments, shared by the form (to save a wasted upload) and the server (which decides). */
export const MAX_ATTACHMENTS = 5;
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = "image/jpeg,image/png,image/webp,application/pdf,.jpg,.jpeg,.png,.webp,.pdf";
export const ATTACHMENT_HINT = "Up to 5 photos or documents: JPEG, PNG, WebP or PDF, 5 MB each.";
export const tooManyAttachmentsMessage = `Attach at most ${MAX_ATTACHMENTS} files.`;
export const attachmentTooLargeMessage = (name: string) => `${name} is larger than 5 MB. Choose a smaller file.`;
