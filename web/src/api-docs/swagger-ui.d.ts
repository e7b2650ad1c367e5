declare module 'swagger-ui-dist/swagger-ui-es-bundle.js' {
  type SwaggerOptions = { url: string; dom_id: string; deepLinking?: boolean; persistAuthorization?: boolean };
  const SwaggerUIBundle: (options: SwaggerOptions) => unknown;
  export default SwaggerUIBundle;
}
