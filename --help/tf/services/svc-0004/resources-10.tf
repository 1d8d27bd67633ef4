resource "aws_lambda_function" "r10_0" {
  name = "${local.name}-10-0"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 5168 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r10_1" {
  name = "${local.name}-10-1"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 7592 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r10_2" {
  name = "${local.name}-10-2"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 97318 for benchmarks; mentions 0.0.0.0/0 only in text"
}

