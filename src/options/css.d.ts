// Stylesheets imported for their effect: Vite adds them to the page whose script imports them.
declare module '*.css';
