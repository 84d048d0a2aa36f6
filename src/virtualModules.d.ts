// Types for the Starlight virtual modules our component overrides import (Starlight types them only for itself).
declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` options of the Starlight config (ranking weights), passed on to Pagefind's UI. */
	export const pagefindUserConfig: Record<string, unknown>;
}
