from conflictwatch.app.cli import main

main()
