export { default } from "../../../minimal-next/app/dynamic/page.jsx";
