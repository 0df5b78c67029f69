"""The ground floor: shared bases that import no app models (page base class, text folding,
JSON for <script>, locale preference). Every app may import it; it imports none of them."""
