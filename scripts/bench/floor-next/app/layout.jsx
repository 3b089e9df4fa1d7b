// The minimal app's own layout and dynamic page (rendering the latter turns Node 20's async hooks on).
export { default, metadata } from "../../minimal-next/app/layout.jsx";
