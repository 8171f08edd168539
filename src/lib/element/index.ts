/** Entry of the standalone build: registers <event-timeline>, once even if the script is included twice. */
import EventTimeline from './EventTimeline.svelte';

if (!customElements.get('event-timeline')) customElements.define('event-timeline', (EventTimeline as unknown as { element: CustomElementConstructor }).element);
