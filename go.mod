module github.com/opensafely-go/opensafely

go 1.26.8
