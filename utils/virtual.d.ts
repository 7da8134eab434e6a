// The build's virtual modules (scripts/kindStyles.ts).
declare module 'virtual:lede-kind-styles.css';
