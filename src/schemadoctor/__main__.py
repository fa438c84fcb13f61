from schemadoctor.cli import main

main()
