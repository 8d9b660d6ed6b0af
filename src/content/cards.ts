/**
 * The card UI as its own file, injected by the worker into a frame whose reader first rests on a
 * mark or asks for a card (ADR 0021), into the same isolated world as the annotate feature. It
 * hands the annotate feature a way to build its card presenter.
 */
import { createCards } from './features/annotate/card';
import { glossGlobal } from './globals';

glossGlobal().__glossCards = createCards;
