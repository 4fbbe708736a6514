from fblbench.cli import main

raise SystemExit(main())
