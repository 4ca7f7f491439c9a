/** The URL fragment key of share links (#p=…). Its own module so that the first screen can check for it without the share-link code. */
export const SHARE_KEY = 'p'
